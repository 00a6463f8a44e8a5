<?php // stand-in: extension hooks
