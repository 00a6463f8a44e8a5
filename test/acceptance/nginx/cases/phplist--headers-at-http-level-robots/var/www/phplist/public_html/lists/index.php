<?php
// phpList public front end: subscribe, confirm, unsubscribe, preferences (placeholder)
