<?php
// API: query (placeholder)
