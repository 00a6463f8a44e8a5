<?php
// DokuWiki front controller (placeholder)
