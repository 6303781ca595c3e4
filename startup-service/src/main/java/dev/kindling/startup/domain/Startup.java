package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A startup: the company that applies to cohorts and reports KPI snapshots. */
@Entity
@Table(name = "startup")
public class Startup extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(nullable = false, columnDefinition = "char(2)")
    public String country;

    public String city;
    public String sector;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    public String website;

    @Column(name = "website_key")
    public String websiteKey;

    @Column(name = "team_size")
    public Integer teamSize;

    @Column(nullable = false)
    public boolean illustrative;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
