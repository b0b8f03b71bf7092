"""Bilingual demo content for `python manage.py load_demo_content` (data, images and the loader)."""
