<?php // stand-in: scheduled jobs runner
