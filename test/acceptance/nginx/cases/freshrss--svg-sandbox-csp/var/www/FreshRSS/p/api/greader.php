<?php
// API: greader (placeholder)
