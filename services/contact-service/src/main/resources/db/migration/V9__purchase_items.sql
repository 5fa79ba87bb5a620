-- What a purchase bought (from crm.opportunity.won.v2): one row per line item. Follows its purchase through contact
-- merges (purchase_id); kept on erasure like the purchase (not personal). product_id serves cross-sell lookups
-- ("bought a printer three months ago").
create table purchase_item (
    id               uuid primary key,
    purchase_id      uuid           not null references purchase (id),
    line             integer        not null,
    product_id       uuid           not null,
    sku              text           not null,
    name             text           not null,
    family           text,
    quantity         numeric(19, 4) not null,
    unit_price       numeric(19, 2) not null,
    discount_percent numeric(5, 2),
    amount           numeric(19, 2) not null,
    currency         char(3)        not null,
    unique (purchase_id, line)
);
create index purchase_item_product on purchase_item (product_id);
