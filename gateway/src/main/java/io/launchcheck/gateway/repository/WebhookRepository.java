package io.launchcheck.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.gateway.domain.Webhook;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Teams' webhooks, one per team. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, String> {
}
