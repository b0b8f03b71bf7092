"""Template tags that show experts on other pages (a press item's "Experts on this story")."""

from __future__ import annotations

from django import template

from experts.profile import story_experts

register = template.Library()


@register.inclusion_tag("experts/includes/profile_on_story.html", takes_context=True)
def experts_on_story(context, press_page) -> dict:
    """The experts a press item names, in the active language where their profile is translated."""
    return {"experts": story_experts(press_page), "request": context.get("request")}
