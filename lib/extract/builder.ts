import type { GraphNode, GraphRelationship, NodeLabel, PropertyValue, RelationshipType, Sentence } from '../graph/schema';
import { factId } from './ids';

/** Accumulates nodes and relationships, merging repeats so every id and edge appears once. */
export class DocBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships = new Map<string, GraphRelationship>();
  private counters = { transfer: 0, claim: 0, agreement: 0, event: 0 };

  constructor(readonly articleId: string) {}

  /** Adds a node or returns the existing one (name kept, aliases merged). */
  node(id: string, label: NodeLabel, name: string, properties: Record<string, PropertyValue> = {}, aliases: string[] = []): GraphNode {
    let n = this.nodes.get(id);
    if (!n) {
      n = { id, label, name, aliases: [], properties: {}, mentions: [] };
      this.nodes.set(id, n);
    }
    for (const [k, v] of Object.entries(properties)) if (n.properties[k] === undefined || n.properties[k] === null) n.properties[k] = v;
    for (const a of aliases) this.alias(id, a);
    return n;
  }

  /** Creates a per-article fact node (transfer, claim, agreement, event) with the next number. */
  fact(kind: 'transfer' | 'claim' | 'agreement' | 'event', label: NodeLabel, name: string, properties: Record<string, PropertyValue>): GraphNode {
    this.counters[kind] += 1;
    return this.node(factId(kind, this.articleId, this.counters[kind]), label, name, properties);
  }

  /** Records a surface form as an alias unless it is the name itself. */
  alias(id: string, form: string): void {
    const n = this.nodes.get(id);
    if (!n || !form) return;
    const clean = form.trim();
    if (!clean || clean === n.name || n.aliases.includes(clean)) return;
    n.aliases.push(clean);
  }

  /** Records where a node is mentioned (offsets relative to the sentence text). */
  mention(id: string, sentence: Sentence, start: number, end: number): void {
    const n = this.nodes.get(id);
    if (!n || end <= start) return;
    if (n.mentions.some((m) => m.sentence === sentence.id && m.start === start && m.end === end)) return;
    n.mentions.push({ sentence: sentence.id, start, end, text: sentence.text.slice(start, end) });
  }

  /** Adds a relationship with its evidence; an identical fact seen again only gains evidence. */
  rel(type: RelationshipType, source: string, target: string, evidence: string[], properties: Record<string, PropertyValue> = {}): GraphRelationship | undefined {
    if (!source || !target || source === target || evidence.length === 0) return undefined;
    if (!this.nodes.has(source) || !this.nodes.has(target)) return undefined;
    const key = `${type}|${source}|${target}|${JSON.stringify(properties)}`;
    const existing = this.relationships.get(key);
    if (existing) {
      for (const e of evidence) if (!existing.evidence.includes(e)) existing.evidence.push(e);
      return existing;
    }
    const r: GraphRelationship = { id: `${this.articleId}:r${this.relationships.size}`, type, source, target, properties, evidence: [...new Set(evidence)] };
    this.relationships.set(key, r);
    return r;
  }

  /** Relationships of a type touching a node. */
  edges(type: RelationshipType, opts: { source?: string; target?: string }): GraphRelationship[] {
    return [...this.relationships.values()].filter(
      (r) => r.type === type && (!opts.source || r.source === opts.source) && (!opts.target || r.target === opts.target),
    );
  }
}
