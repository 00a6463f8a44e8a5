<?php

// Constants (placeholder).
