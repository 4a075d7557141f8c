/**
 * The part of mvdan-sh (mvdan.cc/sh compiled to JavaScript by GopherJS) that tool-guard uses. The
 * package ships no types. Nodes are Go structs seen from JavaScript: their fields keep the Go
 * names (`Stmts`, `Cmd`, `Args`…) and positions are UTF-8 BYTE offsets (see shell-parser.ts).
 */
declare module 'mvdan-sh' {
  export interface ShPos {
    Offset(): number;
  }
  export interface ShNode {
    Pos(): ShPos;
    End(): ShPos;
    readonly [field: string]: unknown;
  }
  export interface ShParser {
    /** Throws (a Go error object, or a RangeError on very deep nesting) when the source does not parse. */
    Parse(source: string, name: string): ShNode;
  }
  export type ShParserOption = { readonly __parserOption: unique symbol };
  export interface ShSyntax {
    NewParser(...options: ShParserOption[]): ShParser;
    KeepComments(keep: boolean): ShParserOption;
    Variant(language: number): ShParserOption;
    LangBash: number;
    NodeType(node: ShNode): string;
    /** Depth-first; `visit(null)` after a node's children; returning false skips the children. */
    Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void;
  }
  const mvdanSh: { syntax: ShSyntax };
  export default mvdanSh;
}
