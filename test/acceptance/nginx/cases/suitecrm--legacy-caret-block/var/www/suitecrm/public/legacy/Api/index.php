<?php
// V8 REST API (Slim).
