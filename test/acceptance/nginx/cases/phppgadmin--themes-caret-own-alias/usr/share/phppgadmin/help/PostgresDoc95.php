<?php
// PostgreSQL 9.5 documentation links
