<?php
// Friendica front controller (placeholder)
