/**
 * The committed generated code of the fixture specs, run: what each supported construct accepts and
 * rejects, with which pointers, and that every value round-trips. The files are generated output
 * (fixtures.test.ts keeps them equal to what the generator writes), imported here as any user would.
 */
import { describe, expect, it } from "vitest";
import * as closed from "../fixtures/expected/additional-properties-false/wire/index.js";
import * as arrays from "../fixtures/expected/arrays/wire/index.js";
import * as awkwardCamel from "../fixtures/expected/awkward-names/camel/index.js";
import * as awkward from "../fixtures/expected/awkward-names/wire/index.js";
import * as enums from "../fixtures/expected/enums/wire/index.js";
import * as mapsCamel from "../fixtures/expected/maps/camel/index.js";
import * as maps from "../fixtures/expected/maps/wire/index.js";
import * as nestedCamel from "../fixtures/expected/nested-ref/camel/index.js";
import * as nested from "../fixtures/expected/nested-ref/wire/index.js";
import * as scalars from "../fixtures/expected/numbers-and-docs/wire/index.js";
import * as recursiveCamel from "../fixtures/expected/recursive/camel/index.js";
import * as recursive from "../fixtures/expected/recursive/wire/index.js";
import * as spelling30 from "../fixtures/expected/spelling-30/wire/index.js";
import * as spelling31 from "../fixtures/expected/spelling-31/wire/index.js";
import { canonicalJson } from "../helpers/canonical-json.js";
import { issueList, valueOf } from "../helpers/issues.js";

describe("nullability in three spellings (3.1 type list, anyOf/oneOf with null; 3.0 nullable and allOf)", () => {
  const valid = { value: null, unit: null, count: null, source: null, backup: { id: 1 }, note: null };
  it.each([
    ["3.0", spelling30.parseReading],
    ["3.1", spelling31.parseReading],
  ])("%s accepts null wherever the spec allows it, and the same wrong values", (_version, parse) => {
    expect(issueList(parse(valid))).toEqual([]);
    expect(issueList(parse({ value: 0, unit: "fahrenheit", count: -1, source: { id: 0 }, backup: "b", note: { text: 1 } }))).toEqual([
      "/value a finite number > 0 and < 100 or null",
      `/unit one of "celsius", "kelvin" or null`,
      "/count a non-negative safe integer or null",
      "/source/id a safe integer >= 1",
      "/backup an object or null",
      "/note/text a string",
    ]);
    expect(issueList(parse({ value: 100, unit: "kelvin" }))).toEqual(["/value a finite number > 0 and < 100 or null"]);
    expect(issueList(parse({ unit: "kelvin" }))).toEqual(["/value a finite number > 0 and < 100 or null"]);
  });
});

describe("nested objects, inline and by reference", () => {
  const invoice = { customer: { customer_id: "c1", billing_address: { postal_code: "10115" } }, totals: { net_amount: 5, tax_detail: { rate_percent: 19 } } };

  it("report issues at nested pointers", () => {
    expect(issueList(nested.parseInvoice({ customer: { customer_id: "", billing_address: { postal_code: 1 } }, totals: { tax_detail: { rate_percent: 101 } } }))).toEqual([
      "/customer/customer_id a string of at least 1 character",
      "/customer/billing_address/postal_code a string",
      "/totals/net_amount a non-negative safe integer",
      "/totals/tax_detail/rate_percent a finite number >= 0 and <= 100",
    ]);
  });

  it("map every level to camelCase and back", () => {
    const model = valueOf(nestedCamel.parseInvoice(invoice));
    expect(model).toEqual({ customer: { customerId: "c1", billingAddress: { postalCode: "10115" } }, totals: { netAmount: 5, taxDetail: { ratePercent: 19 } } });
    expect(JSON.parse(nestedCamel.invoiceToJSON(model))).toEqual(invoice);
  });
});

describe("recursive references", () => {
  const tree = { node_name: "root", child_nodes: [{ node_name: "a", child_nodes: [{ node_name: "a1", parent_node: null }] }], parent_node: null };

  it("check every level", () => {
    expect(issueList(recursive.parseTreeNode({ node_name: "r", child_nodes: [{ node_name: "a", child_nodes: [{}] }] }))).toEqual([
      "/child_nodes/0/child_nodes/0/node_name a string",
    ]);
  });

  it("map every level in camel naming", () => {
    const model = valueOf(recursiveCamel.parseTreeNode(tree));
    expect(model.childNodes?.[0]?.childNodes?.[0]?.nodeName).toBe("a1");
    expect(JSON.parse(recursiveCamel.treeNodeToJSON(model))).toEqual(tree);
  });
});

describe("enums and const", () => {
  it("accept listed values, a named enum by reference, and quotes inside values", () => {
    expect(issueList(enums.parseMessage({ role: "user", kind: "message", stop_reason: `quote'd "value"`, priority: 2 }))).toEqual([]);
    expect(issueList(enums.parseMessage({ role: "system", kind: "msg", stop_reason: "END_TURN", priority: 4 }))).toEqual([
      `/role one of "user", "assistant"`,
      `/kind "message"`,
      `/stop_reason one of "end_turn", "max_tokens", "quote'd \\"value\\"" or null`,
      "/priority one of 1, 2, 3",
    ]);
  });

  it("check a named enum schema on its own", () => {
    expect(enums.isRole("assistant")).toBe(true);
    // The root's pointer is "", so the line starts with the space before the expectation.
    expect(issueList(enums.parseRole("bot"))).toEqual([` one of "user", "assistant"`]);
  });
});

describe("arrays", () => {
  it("name the element in pointers", () => {
    expect(issueList(arrays.parseHistogram({ counts: [{ value: 1 }, { value: 2 }, { value: -1 }], matrix: [[1, null], [2, "x"]], tags: ["ok", "toolong"] }))).toEqual([
      "/counts/2/value a non-negative safe integer",
      "/matrix/1/1 a finite number or null",
      "/tags/1 a string of at most 4 characters",
    ]);
  });

  it("enforce minItems and maxItems", () => {
    expect(issueList(arrays.parseHistogram({ counts: [] }))).toEqual(["/counts an array of 1 to 3 items"]);
    expect(issueList(arrays.parseHistogram({ counts: [{ value: 1 }, { value: 1 }, { value: 1 }, { value: 1 }] }))).toEqual(["/counts an array of 1 to 3 items"]);
  });
});

describe("additionalProperties", () => {
  it("as a schema, checks every extra value", () => {
    expect(issueList(maps.parseLedger({ balances: { eur: 1, usd: -2, gbp: "3" }, accounts: { a: { account_owner: 7 } } }))).toEqual([
      "/balances/usd a non-negative safe integer",
      "/balances/gbp a non-negative safe integer",
      "/accounts/a/account_owner a string",
    ]);
  });

  it("as true, keeps anything", () => {
    const ledger = { balances: {}, metadata: { anything: [1, { deep: null }] } };
    expect(JSON.parse(maps.ledgerToJSON(valueOf(maps.parseLedger(ledger))))).toEqual(ledger);
  });

  it("maps the values of a map of objects in camel naming, keeping the map's own keys", () => {
    const ledger = { balances: { some_key: 1 }, accounts: { main_account: { account_owner: "o" } } };
    const model = valueOf(mapsCamel.parseLedger(ledger));
    expect(model).toEqual({ balances: { some_key: 1 }, accounts: { main_account: { accountOwner: "o" } } });
    expect(JSON.parse(mapsCamel.ledgerToJSON(model))).toEqual(ledger);
  });

  it("as false, makes each unknown key an issue", () => {
    expect(issueList(closed.parsePoint({ x: 1, y: 2, z: 3, w: 4 }))).toEqual([
      "/z no other property (the schema declares x, y)",
      "/w no other property (the schema declares x, y)",
    ]);
    expect(closed.isPoint({ x: 1, y: 2 })).toBe(true);
  });
});

describe("scalars", () => {
  it.each<[Record<string, unknown>, string[]]>([
    [{ small_int: 3 }, []],
    [{ small_int: -6 }, ["/small_int a safe integer >= -5 and <= 5"]],
    [{ small_int: 1, big_int: 2 ** 53 }, ["/big_int a safe integer"]],
    [{ small_int: 1, big_int: -(2 ** 53) + 1 }, []],
    [{ small_int: 1, ratio: 1.5 }, ["/ratio a finite number >= 0.5 and < 1.5"]],
    [{ small_int: 1, label: "a" }, ["/label a string of 2 to 3 characters"]],
    [{ small_int: 1, enabled: "true" }, ["/enabled a boolean"]],
  ])("%j gives %j", (value, want) => {
    expect(issueList(scalars.parseMeasurement(value))).toEqual(want);
  });

  it("documents defaults without injecting them", () => {
    expect(valueOf(scalars.parseMeasurement({ small_int: 1 }))).toEqual({ small_int: 1 });
  });
});

describe("awkward names", () => {
  const value = {
    "x-request-id": "r",
    "2fa_code": "123",
    class: 1,
    constructor: true,
    toString: "s",
    "with space": false,
    'quote"d': "new\nline",
    ünïcödé: "ü",
  };

  it("read and check properties whose names are not identifiers, or name Object.prototype members", () => {
    expect(issueList(awkward.parseMySchemaV2(value))).toEqual([]);
    expect(issueList(awkward.parseMySchemaV2({ constructor: "x", toString: 1, 'quote"d': "${dollar}x" }))).toEqual([
      "/constructor a boolean",
      "/toString a string",
      `/quote"d one of "it's", "say \\"hi\\"", "back\`tick", "\${dollar}", "new\\nline"`,
    ]);
  });

  it("treat a __proto__ property as data, in both namings", () => {
    const text = `{"__proto__":"p","class":2}`;
    const wire = valueOf(awkward.mySchemaV2FromJSON(text));
    expect(Object.getPrototypeOf(wire)).toBe(Object.prototype);
    expect(canonicalJson(JSON.parse(awkward.mySchemaV2ToJSON(wire)))).toBe(canonicalJson(JSON.parse(text)));
    const model = valueOf(awkwardCamel.mySchemaV2FromJSON(text));
    expect(model).toEqual({ proto: "p", class: 2 });
    expect(canonicalJson(JSON.parse(awkwardCamel.mySchemaV2ToJSON(model)))).toBe(canonicalJson(JSON.parse(text)));
    expect(issueList(awkward.parseMySchemaV2(JSON.parse(`{"__proto__":1}`)))).toEqual(["/__proto__ a string"]);
  });

  it("round-trip camelCase names that need quotes", () => {
    const model = valueOf(awkwardCamel.parseMySchemaV2(value));
    expect(model["2faCode"]).toBe("123");
    expect(model.xRequestId).toBe("r");
    expect(canonicalJson(JSON.parse(awkwardCamel.mySchemaV2ToJSON(model)))).toBe(canonicalJson(value));
  });

  it("left the spec's hostile descriptions as comments: importing ran none of them", () => {
    const global = globalThis as Record<string, unknown>;
    expect([global["pwnedByComment"], global["pwnedByTemplate"], global["pwnedByProperty"]]).toEqual([undefined, undefined, undefined]);
  });
});
