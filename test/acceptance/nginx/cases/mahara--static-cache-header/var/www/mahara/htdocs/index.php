<?php
// Mahara dashboard / login page.
