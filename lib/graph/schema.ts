import { z } from 'zod';

import { NODE_LABELS, QUALIFIERS, RELATIONSHIP_TYPES, STATUSES, STORED_RELATIONSHIP_TYPES, TRANSFER_KINDS } from './vocabulary';

export { NODE_LABELS, QUALIFIERS, RELATIONSHIP_TYPES, STATUSES, TRANSFER_KINDS };
export { STORED_RELATIONSHIP_TYPES };

const propertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.array(z.number()),
]);

export const mentionSchema = z.object({
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});

export const sentenceSchema = z.object({
  id: z.string().min(1),
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  boilerplate: z.boolean(),
});

export const graphNodeSchema = z.object({
  id: z.string().regex(/^[a-z]+:[^\s]+$/, 'node ids look like "country:KP"'),
  label: z.enum(NODE_LABELS),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  properties: z.record(z.string(), propertyValue),
  mentions: z.array(mentionSchema),
});

export const graphRelationshipSchema = z.object({
  id: z.string().min(1),
  type: z.enum(RELATIONSHIP_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  properties: z.record(z.string(), propertyValue),
  evidence: z.array(z.string().min(1)).min(1, 'every fact cites at least one sentence'),
});

export const articleSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  title: z.string(),
  language: z.string().min(2),
  source: z.string(),
  publishedAt: z.string().nullable(),
});

/** The GraphDocument: output of extraction, input of loading (DESIGN.md section 3). */
export const graphDocumentSchema = z
  .object({
    version: z.literal(1),
    article: articleSchema,
    sentences: z.array(sentenceSchema),
    nodes: z.array(graphNodeSchema),
    relationships: z.array(graphRelationshipSchema),
    warnings: z.array(z.string()).optional(),
  })
  .superRefine((doc, ctx) => {
    const nodeIds = new Set(doc.nodes.map((n) => n.id));
    const sentenceIds = new Set(doc.sentences.map((s) => s.id));
    if (nodeIds.size !== doc.nodes.length) ctx.addIssue({ code: 'custom', message: 'duplicate node id' });
    for (const r of doc.relationships) {
      if (!nodeIds.has(r.source)) ctx.addIssue({ code: 'custom', message: `relationship ${r.id}: unknown source ${r.source}` });
      if (!nodeIds.has(r.target)) ctx.addIssue({ code: 'custom', message: `relationship ${r.id}: unknown target ${r.target}` });
      for (const e of r.evidence)
        if (!sentenceIds.has(e)) ctx.addIssue({ code: 'custom', message: `relationship ${r.id}: unknown evidence ${e}` });
    }
    for (const n of doc.nodes)
      for (const m of n.mentions)
        if (!sentenceIds.has(m.sentence)) ctx.addIssue({ code: 'custom', message: `node ${n.id}: unknown sentence ${m.sentence}` });
  });

export type NodeLabel = (typeof NODE_LABELS)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export type StoredRelationshipType = (typeof STORED_RELATIONSHIP_TYPES)[number];
export type TransferKind = (typeof TRANSFER_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Status = (typeof STATUSES)[number];
export type PropertyValue = z.infer<typeof propertyValue>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphRelationship = z.infer<typeof graphRelationshipSchema>;
export type GraphDocument = z.infer<typeof graphDocumentSchema>;

/** Validates a GraphDocument; throws a one-line error naming the first problem. */
export function parseGraphDocument(value: unknown): GraphDocument {
  const result = graphDocumentSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`graph document: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}
