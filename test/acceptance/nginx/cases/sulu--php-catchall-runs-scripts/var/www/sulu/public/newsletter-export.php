<?php
// Marketing: CSV export of the newsletter sign-ups (temporary).
