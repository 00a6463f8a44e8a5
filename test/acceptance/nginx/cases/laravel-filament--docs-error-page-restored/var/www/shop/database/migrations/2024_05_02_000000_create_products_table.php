<?php
// Stand-in migration.
