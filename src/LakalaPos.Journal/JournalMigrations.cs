namespace LakalaPos.Journal;

/// <summary>
/// Every schema step the software knows, oldest first. Add new steps at the end (ALTER TABLE ...
/// ADD COLUMN, new tables); never edit a step that has shipped, because journals in the field
/// already ran it.
/// </summary>
internal static class JournalMigrations
{
    public static readonly IReadOnlyList<JournalMigration> All =
    [
        new(1, "Initial schema: operators, parameters, counters, transactions, history", V1),
        new(2, "Look-ups by reference number and type (refunds of an original, refund records)", V2),
        new(3, "Settlements: totals, verdict and upload state of each settled batch", V3),
        new(4, "Card sequence and encrypted IC data, so a reversal is a copy of its original", V4),
        new(5, "Changes of the set-up (operators, parameters, counters) with who made them and when", V5),
        new(6, "Orders from the cash register: order number, request id and items of a record; register requests and their answers", V6),
    ];

    // Items are written with their record when it is inserted and never change. A request's answer
    // columns stay NULL until it is answered (result NOT NULL = answered).
    private const string V6 = """
        ALTER TABLE transactions ADD COLUMN order_no TEXT;
        ALTER TABLE transactions ADD COLUMN ecr_request TEXT;
        CREATE INDEX ix_transactions_order_no ON transactions (order_no);
        CREATE INDEX ix_transactions_ecr_request ON transactions (ecr_request);

        CREATE TABLE transaction_items (
            transaction_id INTEGER NOT NULL REFERENCES transactions (id),
            line           INTEGER NOT NULL CHECK (line >= 1),
            name           TEXT    NOT NULL,
            quantity       INTEGER NOT NULL CHECK (quantity >= 1),
            unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
            PRIMARY KEY (transaction_id, line)
        ) STRICT;

        CREATE TABLE ecr_requests (
            request_id    TEXT    NOT NULL PRIMARY KEY,
            kind          TEXT    NOT NULL,
            order_no      TEXT    NOT NULL,
            received_at   TEXT    NOT NULL,
            result        TEXT,
            reason        TEXT,
            message       TEXT,
            response_code TEXT,
            amount_fen    INTEGER,
            voucher       INTEGER,
            batch         INTEGER,
            rrn           TEXT,
            auth_code     TEXT,
            masked_pan    TEXT,
            local_time    TEXT
        ) STRICT;
        """;

    private const string V5 = """
        CREATE TABLE changes (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            local_time    TEXT    NOT NULL,
            authorised_by TEXT    NOT NULL,
            signed_in     TEXT,
            what          TEXT    NOT NULL
        ) STRICT;
        """;

    private const string V4 = """
        ALTER TABLE transactions ADD COLUMN card_sequence TEXT;
        ALTER TABLE transactions ADD COLUMN encrypted_icc_data BLOB;
        """;

    private const string V3 = """
        CREATE TABLE settlements (
            id           INTEGER PRIMARY KEY AUTOINCREMENT,
            batch        INTEGER NOT NULL,
            local_time   TEXT    NOT NULL,
            operator_no  TEXT    NOT NULL,
            sale_fen     INTEGER NOT NULL,
            sale_count   INTEGER NOT NULL,
            void_fen     INTEGER NOT NULL,
            void_count   INTEGER NOT NULL,
            refund_fen   INTEGER NOT NULL,
            refund_count INTEGER NOT NULL,
            result       TEXT    NOT NULL,
            upload_done  INTEGER NOT NULL
        ) STRICT;
        """;

    private const string V2 = """
        CREATE INDEX ix_transactions_rrn ON transactions (rrn);
        CREATE INDEX ix_transactions_orig_rrn ON transactions (orig_rrn);
        CREATE INDEX ix_transactions_type ON transactions (type);
        """;

    // STRICT tables so a wrong type is refused at write time instead of being stored silently.
    // Enum columns have no CHECK list on purpose: a new enum member must not need a table rebuild.
    private const string V1 = """
        CREATE TABLE schema_version (
            version     INTEGER PRIMARY KEY,
            description TEXT    NOT NULL,
            applied_at  TEXT    NOT NULL
        ) STRICT;

        CREATE TABLE operators (
            number        TEXT NOT NULL PRIMARY KEY,
            role          TEXT NOT NULL,
            password_hash TEXT NOT NULL
        ) STRICT;

        CREATE TABLE parameters (
            name  TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE counters (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            batch      INTEGER NOT NULL,
            last_trace INTEGER NOT NULL
        ) STRICT;
        INSERT INTO counters (id, batch, last_trace) VALUES (1, 1, 0);

        CREATE TABLE transactions (
            id                INTEGER PRIMARY KEY AUTOINCREMENT,
            type              TEXT    NOT NULL,
            status            TEXT    NOT NULL,
            voucher           INTEGER NOT NULL,
            batch             INTEGER NOT NULL,
            amount_fen        INTEGER NOT NULL,
            operator_no       TEXT    NOT NULL,
            local_time        TEXT    NOT NULL,
            masked_pan        TEXT,
            encrypted_pan     BLOB,
            expiry_yymm       TEXT,
            entry_mode        TEXT,
            pin_entered       INTEGER NOT NULL CHECK (pin_entered IN (0, 1)),
            response_code     TEXT,
            rrn               TEXT,
            auth_code         TEXT,
            balance_fen       INTEGER,
            orig_voucher      INTEGER,
            orig_batch        INTEGER,
            orig_rrn          TEXT,
            orig_auth_code    TEXT,
            orig_date         TEXT,
            reason            INTEGER,
            refund_method     TEXT,
            reversal_state    TEXT    NOT NULL,
            reversal_reason   TEXT,
            reversal_attempts INTEGER NOT NULL,
            printed_copies    INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX ix_transactions_voucher_batch ON transactions (voucher, batch);
        CREATE INDEX ix_transactions_batch ON transactions (batch);
        CREATE INDEX ix_transactions_status ON transactions (status);
        CREATE INDEX ix_transactions_reversal_state ON transactions (reversal_state);

        CREATE TABLE history (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            transaction_id INTEGER NOT NULL REFERENCES transactions (id),
            status         TEXT    NOT NULL,
            event          TEXT    NOT NULL,
            at             TEXT    NOT NULL
        ) STRICT;
        CREATE INDEX ix_history_transaction ON history (transaction_id);
        """;
}
