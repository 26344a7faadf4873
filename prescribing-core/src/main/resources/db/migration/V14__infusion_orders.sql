-- An infusion order: the prescription row holds the product, the amount in the bag, the route (IV) and, for an
-- intermittent infusion, the frequency; this row holds what makes it an infusion (docs/infusions.md): the bag as made up,
-- the rate both as the pump's mL/hour and as the dose rate, how long it runs, and the nurse's titration bounds.
create table prescription_infusion (
    prescription_id     bigint        primary key references prescription (id),
    kind                text          not null check (kind in ('CONTINUOUS', 'INTERMITTENT', 'FLUID')),
    drug_amount         numeric(14,4),
    drug_unit           text,
    diluent_code        text,
    final_volume_ml     numeric(14,4) not null check (final_volume_ml > 0),
    rate_ml_per_hour    numeric(14,4) not null check (rate_ml_per_hour > 0),
    dose_rate           numeric(14,4),
    dose_rate_unit      text,
    duration_hours      numeric(8,2),
    over_minutes        integer       check (over_minutes between 1 and 1440),
    titration_lowest    numeric(14,4),
    titration_highest   numeric(14,4),
    titration_target    text,
    peripheral          boolean       not null,
    ml_in_24h           numeric(14,4) not null,
    description         text          not null,
    check ((dose_rate is null) = (dose_rate_unit is null)),
    check ((titration_lowest is null) = (titration_highest is null) and (titration_lowest is null) = (titration_target is null)),
    check (titration_lowest is null or dose_rate is not null)
);
