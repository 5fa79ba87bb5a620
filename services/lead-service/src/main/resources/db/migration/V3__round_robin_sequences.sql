-- round-robin turns moved to one sequence per team queue (lead_rr_<digest>, created when a plan is published):
-- nextval takes no row lock, so concurrent captures no longer wait on a shared counter row
drop table assignment_turn;
