<?php
// API: fever (placeholder)
