import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Classification, DomainKind, LifecycleStatus } from "@/lib/spec/enums";

const STATUS_TONE: Record<LifecycleStatus, BadgeTone> = { draft: "neutral", active: "green", deprecated: "amber", retired: "red" };
const CLASSIFICATION_TONE: Record<Classification, BadgeTone> = { public: "green", internal: "brand", confidential: "amber", restricted: "red" };
const KIND_LABEL: Record<DomainKind, string> = { "source-aligned": "Source-aligned", "consumer-aligned": "Consumer-aligned", aggregate: "Aggregate" };

export function StatusBadge({ status }: { status: LifecycleStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{status}</Badge>;
}

export function ClassificationBadge({ classification }: { classification: Classification | null }) {
  if (!classification) return <Badge tone="red">unclassified</Badge>;
  return <Badge tone={CLASSIFICATION_TONE[classification]}>{classification}</Badge>;
}

export function DomainKindBadge({ kind }: { kind: DomainKind }) {
  return <Badge tone="violet">{KIND_LABEL[kind]}</Badge>;
}

export function scoreTone(score: number): BadgeTone {
  return score >= 90 ? "green" : score >= 70 ? "amber" : "red";
}

/** The governance score, coloured by band; the title explains the formula for the curious. */
export function ScoreBadge({ score }: { score: number }) {
  return (
    <Badge tone={scoreTone(score)} title="Governance score: 100 − 10 per error − 2 per warning">
      <span className="sr-only">Governance score</span>
      {score}
    </Badge>
  );
}

const SLO_LABEL = { NONE: ["no SLO data", "neutral"], MET: ["SLOs met", "green"], AT_RISK: ["SLO at risk", "amber"], BREACHED: ["SLO breached", "red"] } as const;

const SINGLE_SLO_LABEL = { NONE: "no data", MET: "met", AT_RISK: "at risk", BREACHED: "breached" } as const;

/** A product's worst SLO state, or with `single` the state of one SLO. */
export function SloStateBadge({ state, single = false }: { state: keyof typeof SLO_LABEL; single?: boolean }) {
  const [label, tone] = SLO_LABEL[state];
  return <Badge tone={tone}>{single ? SINGLE_SLO_LABEL[state] : label}</Badge>;
}
