/** Every benchmark scenario, area by area. A new area adds its file here. */
import type { Scenario } from "../scenario";
import { lineageScenarios } from "./lineage";
import { listingScenarios } from "./listing";
import { searchScenarios } from "./search";
import { discoveryScenarios } from "./discovery";
import { governanceScenarios } from "./governance";
import { registrationScenarios } from "./registration";

export const scenarios: Scenario[] = [...listingScenarios, ...searchScenarios, ...discoveryScenarios, ...registrationScenarios, ...lineageScenarios, ...governanceScenarios];
