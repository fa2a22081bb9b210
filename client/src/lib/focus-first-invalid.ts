// After a form fails its check, the first field marked invalid gets the focus: a keyboard user
// lands where the fix goes, and a screen reader reads the field with its message.

export function focusFirstInvalid(form: HTMLFormElement | null): void {
  // After React has rendered the errors (and aria-invalid) the check just set.
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
