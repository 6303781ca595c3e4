package dev.kindling.hub.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A hub that runs a program. */
@Entity
@Table(name = "program_hub")
@IdClass(ProgramHub.Key.class)
public class ProgramHub extends PanacheEntityBase {
    @Id
    @Column(name = "program_id")
    public UUID programId;

    @Id
    @Column(name = "hub_id")
    public UUID hubId;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public UUID programId;
        public UUID hubId;

        public Key() {}

        public Key(UUID programId, UUID hubId) {
            this.programId = programId;
            this.hubId = hubId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(programId, key.programId)
                    && Objects.equals(hubId, key.hubId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programId, hubId);
        }
    }
}
