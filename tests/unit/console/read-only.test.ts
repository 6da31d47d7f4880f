import { describe, expect, it } from 'vitest';
import { lexicalRefusal, planRefusal, stripLiterals, type PlanNode } from '@/lib/neo4j/read-only';

const op = (operatorType: string, details = '', children: PlanNode[] = []): PlanNode => ({ operatorType, details, children });

describe('stripLiterals', () => {
  it('blanks strings, comments and quoted names so keywords inside them do not count', () => {
    const s = stripLiterals("MATCH (n {name: 'LOAD CSV'}) // CALL dbms.x()\n/* IN TRANSACTIONS */ RETURN n.`CALL db.x`");
    expect(s).not.toMatch(/LOAD CSV|dbms|TRANSACTIONS|db\.x/);
  });
});

describe('lexicalRefusal', () => {
  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'QUERY_NOT_READ_ONLY'],
    ['MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN 1', 'QUERY_NOT_READ_ONLY'],
    ['MATCH (n) CALL { WITH n SET n.x = 1 } IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS', 'QUERY_NOT_READ_ONLY'],
    ['CALL dbms.components()', 'PROCEDURE_NOT_ALLOWED'],
    ['call db.clearQueryCaches', 'PROCEDURE_NOT_ALLOWED'],
    ['CALL `db`.`clearQueryCaches`()', 'PROCEDURE_NOT_ALLOWED'],
    ['STOP DATABASE neo4j', 'QUERY_NOT_READ_ONLY'],
    ["CREATE USER x SET PASSWORD 'y'", 'QUERY_NOT_READ_ONLY'],
    ['GRANT ROLE admin TO x', 'QUERY_NOT_READ_ONLY'],
    ['EXPLAIN MATCH (n) RETURN n', 'QUERY_NOT_SUPPORTED'],
    ['CYPHER runtime=slotted PROFILE MATCH (n) RETURN n', 'QUERY_NOT_SUPPORTED'],
  ])('refuses %s', (query, code) => {
    expect(lexicalRefusal(query)?.code).toBe(code);
  });

  it.each([
    "MATCH (n {name: 'LOAD CSV'}) RETURN n",
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_search', 'x') YIELD node RETURN node",
    'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c',
    'MATCH (n) RETURN n.profile AS explain',
    'CREATE_THINGS_NOT',
  ])('lets %s through to planning', (query) => {
    expect(lexicalRefusal(query)).toBeNull();
  });
});

describe('planRefusal', () => {
  it('accepts a read plan', () => {
    expect(planRefusal('r', op('ProduceResults@neo4j', 'n', [op('AllNodesScan@neo4j', 'n')]))).toBeNull();
  });

  it.each(['w', 'rw', 's', undefined])('refuses query type %s', (t) => {
    expect(planRefusal(t, op('ProduceResults@neo4j'))?.code).toBe('QUERY_NOT_READ_ONLY');
  });

  it('refuses procedures outside the allow-list even when Neo4j calls them reads', () => {
    const plan = op('ProduceResults@neo4j', '', [op('ProcedureCall@neo4j', 'db.stats.clear($autostring_0) :: (section :: STRING)')]);
    expect(planRefusal('r', plan)?.code).toBe('PROCEDURE_NOT_ALLOWED');
    const ok = op('ProduceResults@neo4j', '', [op('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)')]);
    expect(planRefusal('r', ok)).toBeNull();
  });

  it.each(['LoadCSV@neo4j', 'TerminateTransactions@neo4j', 'ShowTransactions@neo4j', 'ShowSettings@neo4j', 'TransactionForeach@neo4j', 'AdministrationCommand@system'])(
    'refuses %s deep in the plan',
    (name) => {
      expect(planRefusal('r', op('ProduceResults@neo4j', '', [op('Apply@neo4j', '', [op(name)])]))?.code).toBe('QUERY_NOT_READ_ONLY');
    },
  );

  it('allows SHOW INDEXES and SHOW CONSTRAINTS', () => {
    expect(planRefusal('r', op('ProduceResults@neo4j', '', [op('ShowIndexes@neo4j')]))).toBeNull();
    expect(planRefusal('r', op('ProduceResults@neo4j', '', [op('ShowConstraints@neo4j')]))).toBeNull();
  });
});
