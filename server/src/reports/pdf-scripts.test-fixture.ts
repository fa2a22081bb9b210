// A report whose claims, claimants, sources and notes quote text in each script the newsroom meets,
// for the PDF script tests.
import type { ReportData } from "./report-data.ts";
import { reportFixture } from "./test-fixture.ts";

export const SCRIPT_SAMPLES = {
  arabic: "قال الوزير إن البطالة انخفضت بنسبة 40% في عام 2024 (وفق الأرقام).",
  hebrew: "ראש הממשלה אמר שהאבטלה ירדה ב-40% בשנת 2024.",
  chinese:
    "部长说，2024年失业率下降了百分之四十，这是有记录以来最大的降幅，但官方统计数据显示的数字不同，而且差距很大。",
  japanese: "大臣は、2024年に失業率が40％低下したと述べた。これは記録上最大の減少であるが、統計局の数字とは異なる。",
  korean: "장관은 2024년 실업률이 40% 하락했다고 말했다.",
  russian: "Министр заявил, что безработица снизилась на 40% в 2024 году.",
  greek: "Ο υπουργός δήλωσε ότι η ανεργία μειώθηκε κατά 40% το 2024.",
  hindi: "मंत्री ने कहा कि 2024 में बेरोज़गारी 40% घटी।",
  emoji: "Viral post: 🔥🔥 Unemployment DOWN 40%!! 👏 #winning 😂",
  mixed: "The minister (الوزير محمد) said “שלום” to 李明 and 김민수 🙂",
  // Cuneiform: in none of the report fonts.
  uncovered: "Tablet 𒀀 says",
};

export function scriptsFixture(): ReportData {
  const data = reportFixture();
  const base = data.claims.find((c) => c.verdict === "false")!;
  data.claims = Object.entries(SCRIPT_SAMPLES).map(([script, text], i) => ({
    ...base,
    id: `00000000-0000-4000-8000-${String(500 + i).padStart(12, "0")}`,
    startOffset: 1000 + i * 10,
    text,
    quote: text.slice(0, 12),
    claimant: { name: script === "arabic" ? "محمد بن سلمان" : "李明", type: "person" as const, via: null },
    rationale: `${script}: ${text}`,
    notes: [{ ...base.notes[0]!, author: "דוד לוי", body: text }],
    sources: [{ ...base.sources[0]!, title: text, excerpt: text }],
  }));
  return data;
}
