// The address names a claim this article does not have: an old link to a claim merged away or
// removed since, or a link cut short. Say so instead of showing an empty panel with no reason.
interface Props {
  onClose: () => void;
}

export function UnknownClaimNotice({ onClose }: Props) {
  return (
    <div className="state-empty" role="status" aria-labelledby="unknown-claim-heading">
      <h2 id="unknown-claim-heading">The claim in this link is not in this article</h2>
      <p>
        It may have been merged into another claim or removed since the link was made. Pick a claim in the text or the
        list.
      </p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
