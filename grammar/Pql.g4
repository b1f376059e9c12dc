/*
 * The PQL statements. Anything that does not start like one of these is SQL and never reaches
 * this grammar (see dev.pql.parse.PqlParser#isPql). Embedded queries (FROM (...), GIVEN SELECT ...)
 * are captured as raw text and handed to the SQL layer unchanged.
 */
grammar Pql;

options { caseInsensitive = true; }

statement : pqlStatement SEMI? EOF ;

pqlStatement
    : createModel
    | retrainModel
    | explain
    | predict
    | evaluate
    | showModels
    | showConfig
    | showTrainingLog
    | showTrials
    | showConfusionMatrix
    | showCalibration
    | showRoc
    | showFeatureImportance
    | showDrift
    | describeModel
    | diffModel
    | dropModel
    | alterModel
    | exportModel
    | exportReport
    | importModel
    | attach
    | detach
    | showSources
    | showWarnings
    ;

// ---- CREATE / RETRAIN / EXPLAIN ---------------------------------------------------------------
// PREDICT may be left out when CONFIG names the output features.
createModel
    : CREATE (OR REPLACE)? MODEL (IF NOT EXISTS)? name=identifier
      (PREDICT target (COMMA target)*)?
      (GIVEN givenList)?
      FROM source
      hyperoptClause?
      withClause?
      configClause?
    ;
retrainModel : RETRAIN MODEL name=identifier (FROM source)? withClause? ;
explain      : EXPLAIN (createModel | retrainModel) ;

withClause   : WITH LPAREN setting (COMMA setting)* RPAREN ;
configClause : CONFIG FILE? STRING ;
// Ludwig's hyperopt parameters: trainer.learning_rate = LOGUNIFORM(0.0001, 0.1), combiner.output_size = CHOICE(16, 32).
hyperoptClause    : HYPEROPT LPAREN hyperoptParameter (COMMA hyperoptParameter)* RPAREN ;
hyperoptParameter : path EQ space=identifier LPAREN (settingValue (COMMA settingValue)*)? RPAREN ;

target     : identifier featureType? ;
givenList  : STAR (EXCEPT LPAREN identifier (COMMA identifier)* RPAREN)? | feature (COMMA feature)* ;
feature    : identifier featureType? (ENCODER encoder=identifier)? options_? ;
// Ludwig's type names (and its old spelling "numerical"); unknown ones get a did-you-mean later.
featureType : BINARY | NUMBER | NUMERICAL | CATEGORY | TEXT | DATE | SEQUENCE | SET | BAG | VECTOR | IMAGE | AUDIO
            | TIMESERIES | H3 ;
options_   : LPAREN setting (COMMA setting)* RPAREN ;
setting    : path EQ settingValue ;
path       : identifier (DOT identifier)* ;
settingValue : literal | envRef | identifier | list ;
// A secret read from the server's environment when used, never stored: password = ENV('CRM_PASSWORD').
envRef     : ENV LPAREN STRING RPAREN ;
list       : LBRACKET (settingValue (COMMA settingValue)*)? RBRACKET ;

source     : qualifiedName | subquery ;
qualifiedName : identifier (DOT identifier)* ;
subquery   : LPAREN balanced+ RPAREN ;
balanced   : LPAREN balanced* RPAREN | ~(LPAREN | RPAREN | SEMI) ;

// ---- PREDICT --------------------------------------------------------------------------------
predict
    : PREDICT predictTarget (COMMA predictTarget)*
      (WITH predictOption (COMMA predictOption)*)?
      (USING model=identifier (VERSION version=INTEGER)?)?
      GIVEN (query | assignment (COMMA assignment)*)
    ;
predictTarget : identifier (AS alias=identifier)? ;
predictOption : CONFIDENCE | PROBABILITIES (OF LPAREN literal (COMMA literal)* RPAREN)? | EXPLANATION ;
assignment    : identifier EQ givenValue ;
// A literal, or a what-if grid: a list of values or a numeric range (the cross product is predicted).
givenValue
    : literal                                                        # singleValue
    | ARRAY LBRACKET literal (COMMA literal)* RBRACKET               # arrayValue
    | RANGE LPAREN literal COMMA literal COMMA literal RPAREN         # rangeValue
    ;

// ---- EVALUATE and the catalog ---------------------------------------------------------------
// A trailing top-level GROUP BY c, ... of the query is EVALUATE's slicing (see AstBuilder).
evaluate      : EVALUATE model=identifier (VERSION version=INTEGER)? GIVEN query ;
showModels    : SHOW MODELS ;
showConfig    : SHOW CONFIG model=identifier (VERSION version=INTEGER)? PATHS? ;
showTrainingLog : SHOW TRAINING LOG model=identifier (VERSION version=INTEGER)? ;
showTrials : SHOW TRIALS model=identifier (VERSION version=INTEGER)? ;
showConfusionMatrix : SHOW CONFUSION MATRIX model=identifier (VERSION version=INTEGER)? (GIVEN query)? ;
showCalibration : SHOW CALIBRATION model=identifier (VERSION version=INTEGER)? (GIVEN query)? ;
showRoc : SHOW ROC model=identifier (VERSION version=INTEGER)? (GIVEN query)? ;
showFeatureImportance : SHOW FEATURE IMPORTANCE model=identifier (VERSION version=INTEGER)? (GIVEN query)? ;
showDrift : SHOW DRIFT model=identifier (VERSION version=INTEGER)? GIVEN query ;
describeModel : DESCRIBE MODEL model=identifier (VERSION version=INTEGER)? ;
diffModel     : DIFF MODEL model=identifier VERSION a=INTEGER COMMA VERSION b=INTEGER ;
dropModel     : DROP MODEL (IF EXISTS)? model=identifier (VERSION version=INTEGER)? ;
alterModel    : ALTER MODEL model=identifier SET ACTIVE VERSION version=INTEGER ;
exportModel   : EXPORT MODEL model=identifier (VERSION version=INTEGER)? TO STRING ;
exportReport  : EXPORT REPORT model=identifier (VERSION version=INTEGER)? TO STRING ;
importModel   : IMPORT MODEL model=identifier? FROM STRING ;

// ---- Sources: other databases and folders of files, queried through Calcite ------------------
attach        : ATTACH (DATABASE | FILES | SPARK)? STRING AS name=identifier (WITH? options_)? ;
detach        : DETACH (DATABASE | FILES | SPARK)? (IF EXISTS)? name=identifier ;
showSources   : SHOW SOURCES ;
// MySQL's SHOW WARNINGS: the warnings of the session's last statement (remote clients have no other channel).
showWarnings  : SHOW WARNINGS ;

// A query runs to the end of the statement; its text goes to the SQL layer as written.
query : (SELECT | VALUES | WITH | LPAREN) ~SEMI* ;

literal
    : STRING                          # stringLiteral
    | MINUS? (INTEGER | DECIMAL)      # numberLiteral
    | (TRUE | FALSE)                  # booleanLiteral
    | NULL                            # nullLiteral
    | QMARK                           # parameterLiteral
    ;

identifier : IDENT | QUOTED_IDENT | nonReserved ;

// Keywords that stay usable as names (a column called "version" or "model" is common).
nonReserved
    : MODEL | MODELS | VERSION | CONFIDENCE | PROBABILITIES | ENCODER | REPLACE | EXISTS
    | SHOW | DESCRIBE | EVALUATE | VALUES
    | BINARY | NUMBER | NUMERICAL | CATEGORY | TEXT | DATE | SEQUENCE | SET | BAG | VECTOR | IMAGE | AUDIO
    | TIMESERIES | H3
    | CONFIG | FILE | EXCEPT | RETRAIN | EXPLAIN | OF | EXPLANATION | ARRAY | RANGE | TRAINING | LOG | CONFUSION
    | MATRIX | CALIBRATION | ROC | FEATURE | IMPORTANCE | DRIFT | TRIALS | REPORT | DIFF | ALTER | ACTIVE | EXPORT | IMPORT | TO | PATHS
    | ATTACH | DETACH | DATABASE | FILES | SOURCES | ENV | WARNINGS | SPARK | HYPEROPT
    ;

// ---- Lexer ----------------------------------------------------------------------------------
CREATE : 'CREATE' ;
OR : 'OR' ;
REPLACE : 'REPLACE' ;
MODEL : 'MODEL' ;
MODELS : 'MODELS' ;
IF : 'IF' ;
NOT : 'NOT' ;
EXISTS : 'EXISTS' ;
PREDICT : 'PREDICT' ;
GIVEN : 'GIVEN' ;
FROM : 'FROM' ;
WITH : 'WITH' ;
ENCODER : 'ENCODER' ;
USING : 'USING' ;
VERSION : 'VERSION' ;
CONFIDENCE : 'CONFIDENCE' ;
PROBABILITIES : 'PROBABILITIES' ;
EVALUATE : 'EVALUATE' ;
SHOW : 'SHOW' ;
DESCRIBE : 'DESCRIBE' ;
DROP : 'DROP' ;
SELECT : 'SELECT' ;
VALUES : 'VALUES' ;
TRUE : 'TRUE' ;
FALSE : 'FALSE' ;
NULL : 'NULL' ;
CONFIG : 'CONFIG' ;
FILE : 'FILE' ;
EXCEPT : 'EXCEPT' ;
RETRAIN : 'RETRAIN' ;
EXPLAIN : 'EXPLAIN' ;
AS : 'AS' ;
OF : 'OF' ;
EXPLANATION : 'EXPLANATION' ;
ARRAY : 'ARRAY' ;
RANGE : 'RANGE' ;
TRAINING : 'TRAINING' ;
LOG : 'LOG' ;
CONFUSION : 'CONFUSION' ;
MATRIX : 'MATRIX' ;
CALIBRATION : 'CALIBRATION' ;
ROC : 'ROC' ;
FEATURE : 'FEATURE' ;
IMPORTANCE : 'IMPORTANCE' ;
DRIFT : 'DRIFT' ;
TRIALS : 'TRIALS' ;
REPORT : 'REPORT' ;
DIFF : 'DIFF' ;
ALTER : 'ALTER' ;
ACTIVE : 'ACTIVE' ;
EXPORT : 'EXPORT' ;
IMPORT : 'IMPORT' ;
TO : 'TO' ;
PATHS : 'PATHS' ;
ATTACH : 'ATTACH' ;
DETACH : 'DETACH' ;
DATABASE : 'DATABASE' ;
FILES : 'FILES' ;
SOURCES : 'SOURCES' ;
ENV : 'ENV' ;
WARNINGS : 'WARNINGS' ;
HYPEROPT : 'HYPEROPT' ;
SPARK : 'SPARK' ;
BINARY : 'BINARY' ;
NUMBER : 'NUMBER' ;
NUMERICAL : 'NUMERICAL' ;
CATEGORY : 'CATEGORY' ;
TEXT : 'TEXT' ;
DATE : 'DATE' ;
SEQUENCE : 'SEQUENCE' ;
SET : 'SET' ;
BAG : 'BAG' ;
VECTOR : 'VECTOR' ;
IMAGE : 'IMAGE' ;
AUDIO : 'AUDIO' ;
TIMESERIES : 'TIMESERIES' ;
H3 : 'H3' ;

STRING : '\'' ( ~'\'' | '\'\'' )* '\'' ;
QUOTED_IDENT : '"' ( ~'"' | '""' )* '"' ;
DECIMAL : [0-9]+ '.' [0-9]* EXPONENT? | '.' [0-9]+ EXPONENT? | [0-9]+ EXPONENT ;
INTEGER : [0-9]+ ;
fragment EXPONENT : 'E' [+-]? [0-9]+ ;
IDENT : [A-Z_] [A-Z_0-9$]* ;

SEMI : ';' ;
COMMA : ',' ;
DOT : '.' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
EQ : '=' ;
STAR : '*' ;
MINUS : '-' ;
QMARK : '?' ;

LINE_COMMENT : '--' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS : [ \t\r\n]+ -> channel(HIDDEN) ;

// Any other character: SQL text inside an embedded query (operators, unicode, ...).
OTHER : . ;
