import { z } from 'zod';
import { idSchema, latitudeSchema, longitudeSchema, sourceSchema } from './common';

/** Road classes of the travel model, fastest first (docs/travel.md). */
export const roadClasses = ['motorway', '2plus1', 'main', 'county', 'local'] as const;
export const roadClassSchema = z.enum(roadClasses);
export type RoadClass = z.infer<typeof roadClassSchema>;

/** A point of the road graph: a locality centre or a junction. */
export const roadNodeSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    lat: latitudeSchema,
    lon: longitudeSchema,
    kind: z.enum(['locality', 'junction']),
    /** Set on nodes that stand for a locality (tätort) of the dataset. */
    localityId: idSchema.optional(),
    /** True where the coordinates are an estimate (junctions placed by hand). */
    approximate: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type RoadNode = z.infer<typeof roadNodeSchema>;

/** A two-way road section between two nodes. */
export const roadEdgeSchema = z
  .object({
    id: z.string().min(1),
    from: idSchema,
    to: idSchema,
    /** Road number or a slug for an unnumbered road (`e4`, `rv27`, `lv151`, `v604`). */
    roadId: z.string().min(1),
    roadName: z.string().min(1),
    roadClass: roadClassSchema,
    /** Length along the road, km (not the straight line). */
    lengthKm: z.number().positive(),
    /** Assumed average speed on the section, km/h (not the limit). */
    speedKmh: z.number().positive().max(150),
    /** Road length over straight line used to derive `lengthKm` (see `lengthMethod`). */
    circuity: z.number().min(1).max(3).optional(),
    sourceIds: z.array(z.string().min(1)).default([]),
    note: z.string().optional(),
  })
  .strict();
export type RoadEdge = z.infer<typeof roadEdgeSchema>;

/** `data/roads.json`: the road graph with its sources; edges reference nodes by id. */
export const roadGraphSchema = z
  .object({
    description: z.string().optional(),
    lengthMethod: z.string().optional(),
    speedMethod: z.string().optional(),
    sources: z.array(sourceSchema),
    nodes: z.array(roadNodeSchema).min(1),
    edges: z.array(roadEdgeSchema),
  })
  .strict()
  .superRefine((graph, ctx) => {
    const nodeIds = new Set<string>();
    graph.nodes.forEach((node, i) => {
      if (nodeIds.has(node.id)) {
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${node.id}"` });
      }
      nodeIds.add(node.id);
    });
    const sourceIds = new Set(graph.sources.map((s) => s.id));
    const edgeIds = new Set<string>();
    graph.edges.forEach((edge, i) => {
      if (edgeIds.has(edge.id)) {
        ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate edge id "${edge.id}"` });
      }
      edgeIds.add(edge.id);
      for (const end of ['from', 'to'] as const) {
        if (!nodeIds.has(edge[end])) {
          ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `unknown node "${edge[end]}"` });
        }
      }
      if (edge.from === edge.to) {
        ctx.addIssue({ code: 'custom', path: ['edges', i, 'to'], message: 'an edge must join two different nodes' });
      }
      edge.sourceIds.forEach((sourceId, k) => {
        if (!sourceIds.has(sourceId)) {
          ctx.addIssue({ code: 'custom', path: ['edges', i, 'sourceIds', k], message: `unknown source "${sourceId}"` });
        }
      });
    });
  });
export type RoadGraph = z.infer<typeof roadGraphSchema>;
