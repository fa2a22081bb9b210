// Where the server's CPU time went, from the V8 profile written by `node --cpu-prof`: self time
// grouped by package (node_modules/<name>) or by our own file, largest first.
import fs from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

export function summariseCpuProfile(dir: string, top = 15): Array<{ where: string; percent: number }> {
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) return [];
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { nodes: ProfileNode[] };
  const totals = new Map<string, number>();
  let all = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    all += hits;
    const where = groupOf(node.callFrame);
    totals.set(where, (totals.get(where) ?? 0) + hits);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, hits]) => ({ where, percent: (100 * hits) / all }));
}

function groupOf({ functionName, url }: ProfileNode["callFrame"]): string {
  if (!url) return functionName || "(native)"; // (idle), (garbage collector), (program)
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url;
  const ours = /\/(server|shared)\/src\/(.+)$/.exec(url);
  return ours ? `${ours[1]}/src/${ours[2]}` : url;
}
