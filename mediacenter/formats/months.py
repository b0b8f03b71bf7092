"""Month names as Django's "E" date format asks for them (context "alt. month").

Listed here so `makemessages` keeps them in our catalogue: Bulgarian dates read "1 юли 2024 г."
(lower case, the form used inside a date), which Django's own Bulgarian catalogue does not give.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_DATES = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
