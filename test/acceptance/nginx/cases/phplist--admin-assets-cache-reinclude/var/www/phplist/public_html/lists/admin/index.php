<?php
// phpList back office: runs every page (placeholder)
