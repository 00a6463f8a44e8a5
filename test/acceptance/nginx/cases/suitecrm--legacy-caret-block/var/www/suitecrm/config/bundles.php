<?php
// Symfony kernel configuration (release package).
return [];
