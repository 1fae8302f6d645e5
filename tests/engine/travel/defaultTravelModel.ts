import { readFileSync } from 'node:fs';
import { roadGraphSchema, type RoadGraph } from '../../../src/schema/roadGraph';
import { travelParametersSchema, type TravelParameters } from '../../../src/schema/travelParameters';
import { createTravelModel, type TravelModel } from '../../../src/engine/travel';

/** The default road graph (`data/roads.json`) and default parameters, shared by the travel tests. */
export const roadGraph: RoadGraph = roadGraphSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/roads.json', import.meta.url), 'utf8')),
);
export const travelModel: TravelModel = createTravelModel(roadGraph);
export const defaultParams: TravelParameters = travelParametersSchema.parse({});

export function localityPoint(localityId: string): { lat: number; lon: number } {
  const node = roadGraph.nodes.find((n) => n.localityId === localityId);
  if (node === undefined) throw new Error(`no road node for locality ${localityId}`);
  return { lat: node.lat, lon: node.lon };
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
}
