<?php
/* Plugin Name: Akismet Anti-spam */
