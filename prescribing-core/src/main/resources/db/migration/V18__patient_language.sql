-- The language a patient reads their own papers in (the medicines list they take home): English or Welsh, as the
-- patient said; null until someone has asked.
alter table patient add column language text check (language in ('EN', 'CY'));
