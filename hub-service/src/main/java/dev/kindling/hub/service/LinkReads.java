package dev.kindling.hub.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.hub.api.LinkView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The partners of a hub and of a program (a partner caller sees only its programs' partners). */
@ApplicationScoped
public class LinkReads {
    private final HubService hubs;
    private final ProgramAccess programs;
    private final LinkQueries queries;

    public LinkReads(HubService hubs, ProgramAccess programs, LinkQueries queries) {
        this.hubs = hubs;
        this.programs = programs;
        this.queries = queries;
    }

    @Transactional
    public Page<LinkView> ofHub(UUID hubId, PageRequest page) {
        hubs.find(hubId);
        return queries.page("e.hubId", hubId, page);
    }

    @Transactional
    public Page<LinkView> ofProgram(UUID programId, PageRequest page) {
        programs.visible(programId);
        return queries.page("e.programId", programId, page);
    }
}
