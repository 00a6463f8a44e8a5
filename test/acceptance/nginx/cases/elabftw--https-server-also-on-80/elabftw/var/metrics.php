<?php

// Prometheus metrics, run by nginx for /metrics
