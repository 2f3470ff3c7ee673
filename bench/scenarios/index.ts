/** Every benchmark scenario, area by area. A new area adds its file here. */
import type { Scenario } from "../scenario";
import { listingScenarios } from "./listing";

export const scenarios: Scenario[] = [...listingScenarios];
