import type { Classification, DomainKind, LifecycleStatus, SloKind } from "@/lib/spec/enums";
import type {
  Classification as DbClassification,
  DomainKind as DbDomainKind,
  LifecycleStatus as DbLifecycleStatus,
  SloKind as DbSloKind,
} from "@/lib/generated/prisma/enums";

/** The spec speaks kebab/lower case, the database upper snake case; these are the only bridges. */
export const toDbStatus = (status: LifecycleStatus) => status.toUpperCase() as DbLifecycleStatus;
export const fromDbStatus = (status: DbLifecycleStatus) => status.toLowerCase() as LifecycleStatus;
export const toDbClassification = (value: Classification) => value.toUpperCase() as DbClassification;
export const fromDbClassification = (value: DbClassification) => value.toLowerCase() as Classification;
export const toDbDomainKind = (kind: DomainKind) => kind.toUpperCase().replace("-", "_") as DbDomainKind;
export const fromDbDomainKind = (kind: DbDomainKind) => kind.toLowerCase().replace("_", "-") as DomainKind;
export const toDbSloKind = (kind: SloKind) => kind.toUpperCase() as DbSloKind;
export const fromDbSloKind = (kind: DbSloKind) => kind.toLowerCase() as SloKind;
