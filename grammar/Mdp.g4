/*
 * The .mdp language of mincirc (see docs/language.md). The parser only checks the shape of
 * the text; names, numbers and every semantic rule are checked by org.mincirc.lang.Loader,
 * which reports all of them with file:line:col.
 *
 * Words used only to start a clause inside a query or an interface (target, require, ...) are
 * "soft": they may still be used as names (rule `ident`).
 */
grammar Mdp;

file : decl* EOF ;

decl
    : interfaceDecl
    | mdpDecl
    | familyDecl
    | predicateDecl
    | circuitDecl
    | queryDecl
    ;

// ---- interface -------------------------------------------------------------------------

interfaceDecl : INTERFACE '{' interfaceItem* '}' ;

interfaceItem
    : INPUTS ident+ ';'                          # inputsItem
    | ACTIONS actionDef (',' actionDef)* ';'     # actionsItem
    ;

actionDef : ident ('=' NUMBER)? ;

// ---- mdps, families, unions ------------------------------------------------------------

// `mdp M { ... }` declares an mdp, `mdp M = union F;` the disjoint union of a family, and
// `mdp M from "m.prism" { ... }` (an addition to the contract) one built from a PRISM model.
// `mdp M(k, n) ...` (another addition) declares a parametrised mdp, instantiated by families.
mdpDecl : MDP ident parameters? (mdpBody | unionBody | prismBody) ;

parameters : '(' ident (',' ident)* ')' ;

mdpBody : '{' mdpItem* '}' ;

unionBody : '=' UNION ident ';' ;

mdpItem
    : HORIZON quantity ';'                                 # horizonItem
    | DISCOUNT quantity ';'                                # discountItem
    | STATE ident stateAttr* '{' actionLine* '}'           # stateItem
    | SET ident '=' '{' (ident (',' ident)*)? '}' ';'?     # setItem
    ;

stateAttr
    : CODE codePart+    # codeAttr
    | INIT quantity     # initAttr
    ;

// Digits, or bits(e, w): the whole number e in w binary digits, most significant first.
codePart : NUMBER | ident '(' arith ',' arith ')' ;

actionLine : ident '->' (successors (REWARD quantity)? | REWARD quantity) ';' ;

successors
    : successorName                           # singleSuccessor
    | '{' branch (',' branch)* '}'            # distribution
    ;

branch : quantity ':' successorName ;

successorName : ident | STOP ;

prismBody : FROM STRING ('{' prismItem* '}' | ';') ;

// Settings of a PRISM-model mdp; which clause may appear how often is checked by the loader.
prismItem
    : HORIZON quantity ';'                            # prismHorizonItem
    | DISCOUNT quantity ';'                           # prismDiscountItem
    | CONST ident '=' constValue ';'                  # prismConstItem
    | REWARD STRING ';'                               # prismRewardItem
    | OBSERVE ident (',' ident)* ';'                  # prismObserveItem
    ;

constValue : quantity | TRUE | FALSE ;

// `family Train(n) { Task(k = 0..(n - 1)): uniform }` (an addition): a parametrised family,
// whose instances Train_n3 are families like parametrised mdps' instances are mdps.
familyDecl : FAMILY ident parameters? '{' member (',' member)* '}' ';'? ;

// `M: 1/2`, `M: uniform`, `Grid(N = 3..6): uniform`, `Task(k = 0..3, n = 2): 1/8 each`,
// `Task(k = 1..3): (k/6)`; a weight is the weight of each instance the line makes.
member : ident arguments? ':' weight ;

arguments : '(' binding (',' binding)* ')' ;

// A bound is a number or, in a parametrised family, an expression in its parameters: (n - 1).
binding : ident '=' quantity (DOTDOT quantity)? ;

weight : UNIFORM | quantity EACH? ;

// ---- exact arithmetic over parameters (an addition): a number, or one in parentheses -------

quantity : number | '(' arith ')' ;

arith
    : '-' arith                                  # negArith
    | arith op=('*' | '/') arith                 # mulArith
    | arith op=('+' | '-') arith                 # addArith
    | ident '(' arith (',' arith)* ')'           # callArith
    | '(' arith ')'                              # parenArith
    | NUMBER                                     # numberArith
    | ident                                      # nameArith
    ;

// ---- predicates: not > and > or > implies (right-assoc); quantifier bodies extend right --

predicateDecl : PREDICATE ident '=' expr ';' ;

expr : orExpr (IMPLIES expr)? ;

orExpr : andExpr (OR andExpr)* ;

andExpr : unaryExpr (AND unaryExpr)* ;

unaryExpr
    : NOT unaryExpr                                          # notExpr
    | quant=(EXISTS | FORALL) ident IN stateSet ':' expr     # quantExpr
    | atom                                                   # atomExpr
    ;

atom
    : TRUE                                                   # trueAtom
    | FALSE                                                  # falseAtom
    | '(' expr ')'                                           # parenAtom
    | ACT '(' qname ')' op=('==' | '!=') ident               # actCmpAtom
    | ACT '(' qname ')' IN '{' ident (',' ident)* '}'        # actInAtom
    | RETURN '(' ident ')' cmp number                        # returnAtom
    | qname                                                  # refAtom
    ;

stateSet
    : qname                                  # namedSet
    | '{' qname (',' qname)* '}'             # literalSet
    ;

cmp : '<' | '<=' | '==' | '>=' | '>' | '!=' ;

qname : ident ('.' ident)* ;

// ---- circuits ----------------------------------------------------------------------------

// An addition to the contract: a circuit read from a BLIF or AIGER file made by another tool.
circuitDecl : CIRCUIT ident ('{' assignment* '}' | FROM STRING ';') ;

assignment : ident '=' gateExpr ';' ;

gateExpr
    : gateName '(' gateExpr (',' gateExpr)* ')'     # applyGate
    | ident                                         # signalGate
    | NUMBER                                        # constantGate
    ;

gateName : ident | AND | OR | NOT ;

// ---- queries: clauses in any order; which clause fits which query is checked later --------

// `profile` is soft (it may still name things): no other declaration starts with a name.
queryDecl : kind=(SOLVE | LEMMA | EVAL | PROFILE) ident '{' clause* '}' ;

clause
    : TARGET ident arguments? ';'                                # targetClause
    | REQUIRE RETURN cmp returnBound ';'                         # requireReturnClause
    | REQUIRE expr ';'                                           # requireExprClause
    | MINIMIZE objectiveWord+ ';'                                # minimizeClause
    | BASIS ident ';'                                            # basisClause
    | REPORT ident (',' ident)* ';'                              # reportClause
    | EXPECT verdict=(HOLDS | FAILS) ';'                         # verdictClause
    | EXPECT expectKey '=' expectValue ';'                       # expectClause
    | FAMILY ident ';'                                           # familyClause
    | BAD ident ';'                                              # badClause
    | PREDICATE ident ';'                                        # predicateClause
    | CIRCUIT ident ';'                                          # circuitClause
    | POLICY '{' (policyEntry (',' policyEntry)*)? '}' ';'?      # policyClause
    | UP TO ident NUMBER ';'                                     # upToClause
    | COUNT ident ';'                                            # countClause
    | PLOT STRING ';'                                            # plotClause
    ;

returnBound : number | OPTIMAL ('-' number)? ;

// `size`, `size then depth`, `size + depth`, `2 size + 3 depth`: the loader reads the words.
objectiveWord : ident | NUMBER | '+' ;

// profile[3].deceptive: a field of one cost level of a profile.
// Train_n4.size: a field of one member of a series (a solve whose target ranges over instances).
expectKey : ident | RETURN | ident '[' NUMBER ']' ('.' ident)+ | ident '.' (ident | RETURN) ;

expectValue : number | ident | TRUE | FALSE ;

policyEntry : qname ':' ident ;

// ---- shared pieces -------------------------------------------------------------------------

number : '-'? NUMBER ;

ident
    : ID
    | INPUTS | ACTIONS | HORIZON | DISCOUNT
    | TARGET | REQUIRE | MINIMIZE | BASIS | REPORT | EXPECT | HOLDS | FAILS | BAD | POLICY | OPTIMAL
    | CONST | OBSERVE | UNIFORM | EACH
    | PROFILE | UP | TO | COUNT | PLOT
    ;

// ---- lexer -------------------------------------------------------------------------------

INTERFACE : 'interface' ;
INPUTS    : 'inputs' ;
ACTIONS   : 'actions' ;
MDP       : 'mdp' ;
HORIZON   : 'horizon' ;
DISCOUNT  : 'discount' ;
STATE     : 'state' ;
CODE      : 'code' ;
INIT      : 'init' ;
REWARD    : 'reward' ;
SET       : 'set' ;
STOP      : 'stop' ;
FAMILY    : 'family' ;
UNION     : 'union' ;
PREDICATE : 'predicate' ;
TRUE      : 'true' ;
FALSE     : 'false' ;
NOT       : 'not' ;
AND       : 'and' ;
OR        : 'or' ;
IMPLIES   : 'implies' ;
EXISTS    : 'exists' ;
FORALL    : 'forall' ;
IN        : 'in' ;
ACT       : 'act' ;
RETURN    : 'return' ;
CIRCUIT   : 'circuit' ;
SOLVE     : 'solve' ;
LEMMA     : 'lemma' ;
EVAL      : 'eval' ;
PROFILE   : 'profile' ;
TARGET    : 'target' ;
REQUIRE   : 'require' ;
MINIMIZE  : 'minimize' ;
BASIS     : 'basis' ;
REPORT    : 'report' ;
EXPECT    : 'expect' ;
HOLDS     : 'holds' ;
FAILS     : 'fails' ;
BAD       : 'bad' ;
POLICY    : 'policy' ;
OPTIMAL   : 'optimal' ;
CONST     : 'const' ;
OBSERVE   : 'observe' ;
UP        : 'up' ;
TO        : 'to' ;
COUNT     : 'count' ;
PLOT      : 'plot' ;
UNIFORM   : 'uniform' ;
EACH      : 'each' ;
DOTDOT    : '..' ;

// Exact numbers; the sign is a separate '-' token so `optimal - 1/10` and `-1/10` both work.
// State codes are NUMBER tokens too: the loader keeps the raw text (leading zeros matter).
NUMBER : [0-9]+ ('/' [0-9]+ | '.' [0-9]+)? ;

FROM : 'from' ;
STRING : '"' ~["\r\n]* '"' ;

ID : [A-Za-z_] [A-Za-z0-9_]* ;

LINE_COMMENT  : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
WS            : [ \t\r\n\f]+ -> skip ;
