/*
 * The subset of the PRISM language that mincirc reads (docs/language.md, "PRISM models"),
 * following the PRISM manual (prismmodelchecker.org/manual/ThePRISMLanguage). The parser only
 * checks the shape of the text; org.mincirc.lang.prism turns the tree into its own model and
 * reports every rule with file:line:col in the PRISM file.
 *
 * Constructs outside the subset that PRISM itself accepts (other model types,
 * `system ... endsystem`, clocks, invariants, observables) are parsed here on purpose so that
 * the builder can name them in its error instead of giving a bare syntax error.
 */
grammar Prism;

model : item* EOF ;

item
    : modelType                                                        # typeItem
    | CONST constType? ID ('=' expr)? ';'                              # constItem
    | FORMULA ID '=' expr ';'                                          # formulaItem
    | LABEL STRING '=' expr ';'                                        # labelItem
    | GLOBAL variable                                                  # globalItem
    | MODULE ID variable* command* ENDMODULE                           # moduleItem
    | MODULE ID '=' ID '[' renaming (',' renaming)* ']' ENDMODULE     # renamedModuleItem
    | INIT expr ENDINIT                                                # initItem
    | REWARDS STRING? rewardItem* ENDREWARDS                           # rewardsItem
    | SYSTEM (~ENDSYSTEM)* ENDSYSTEM                                   # systemItem
    | unsupported=(OBSERVABLES | INVARIANT | PLAYER) (~(ENDOBSERVABLES | ENDINVARIANT | ENDPLAYER))*
          (ENDOBSERVABLES | ENDINVARIANT | ENDPLAYER)                  # unsupportedBlockItem
    ;

// Module renaming (manual, "Module Renaming"): a copy of a module with identifiers replaced.
renaming : ID '=' ID ;

// PRISM's model types; all but mdp (and its old name nondeterministic) are rejected by the builder.
modelType : MDP | NONDETERMINISTIC | DTMC | PROBABILISTIC | CTMC | STOCHASTIC | PTA | POMDP | CTMDP | SMG | LTS ;

constType : INT | DOUBLE | BOOL ;

variable
    : ID ':' '[' expr '..' expr ']' (INIT expr)? ';'     # rangeVariable
    | ID ':' BOOL (INIT expr)? ';'                       # boolVariable
    | ID ':' CLOCK ';'                                   # clockVariable
    ;

command : '[' ID? ']' expr '->' updates ';' ;

updates : update ('+' update)* ;

// `p : u` or, for probability 1, just `u`.
update : (expr ':')? assignments ;

assignments
    : TRUE                                        # noChange
    | assignment ('&' assignment)*                # someChanges
    ;

assignment : '(' ID '\'' '=' expr ')' ;

rewardItem : ('[' ID? ']')? expr ':' expr ';' ;

// ---- expressions, loosest first (manual: "? :", "=>", "<=>", "|", "&", "!", "= !=", relations, "+ -", "* /", unary minus)

expr : impliesExpr ('?' expr ':' expr)? ;

impliesExpr : iffExpr ('=>' iffExpr)* ;

iffExpr : orExpr ('<=>' orExpr)* ;

orExpr : andExpr ('|' andExpr)* ;

andExpr : notExpr ('&' notExpr)* ;

notExpr : '!' notExpr | eqExpr ;

eqExpr : relExpr (op+=('=' | '!=') relExpr)* ;

relExpr : addExpr (op+=('<' | '<=' | '>=' | '>') addExpr)* ;

addExpr : mulExpr (op+=('+' | '-') mulExpr)* ;

mulExpr : unaryExpr (op+=('*' | '/') unaryExpr)* ;

unaryExpr : '-' unaryExpr | atom ;

atom
    : INTEGER                                        # intAtom
    | DECIMAL                                        # decimalAtom
    | TRUE                                           # trueAtom
    | FALSE                                          # falseAtom
    | ID '(' expr (',' expr)* ')'                    # callAtom
    | ID                                             # nameAtom
    | '(' expr ')'                                   # parenAtom
    | STRING                                         # labelRefAtom
    ;

// ---- lexer -------------------------------------------------------------------------------

MDP              : 'mdp' ;
NONDETERMINISTIC : 'nondeterministic' ;
DTMC             : 'dtmc' ;
PROBABILISTIC    : 'probabilistic' ;
CTMC             : 'ctmc' ;
STOCHASTIC       : 'stochastic' ;
PTA              : 'pta' ;
POMDP            : 'pomdp' ;
CTMDP            : 'ctmdp' ;
SMG              : 'smg' ;
LTS              : 'lts' ;
CONST            : 'const' ;
INT              : 'int' ;
DOUBLE           : 'double' ;
BOOL             : 'bool' ;
FORMULA          : 'formula' ;
LABEL            : 'label' ;
GLOBAL           : 'global' ;
MODULE           : 'module' ;
ENDMODULE        : 'endmodule' ;
INIT             : 'init' ;
ENDINIT          : 'endinit' ;
REWARDS          : 'rewards' ;
ENDREWARDS       : 'endrewards' ;
SYSTEM           : 'system' ;
ENDSYSTEM        : 'endsystem' ;
CLOCK            : 'clock' ;
INVARIANT        : 'invariant' ;
ENDINVARIANT     : 'endinvariant' ;
OBSERVABLES      : 'observables' ;
ENDOBSERVABLES   : 'endobservables' ;
PLAYER           : 'player' ;
ENDPLAYER        : 'endplayer' ;
TRUE             : 'true' ;
FALSE            : 'false' ;

// A decimal literal is read as the exact rational it writes (0.1 = 1/10), never as a double.
DECIMAL : [0-9]+ '.' [0-9]+ ([eE] [+-]? [0-9]+)? | [0-9]+ [eE] [+-]? [0-9]+ ;
INTEGER : [0-9]+ ;

STRING : '"' ~["\r\n]* '"' ;

ID : [A-Za-z_] [A-Za-z0-9_]* ;

LINE_COMMENT : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
WS : [ \t\r\n\f]+ -> skip ;
