<?php
// entity_popup.php (stub)
