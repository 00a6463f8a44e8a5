<?php
// legacy newsletter unsubscribe handler (placeholder)
