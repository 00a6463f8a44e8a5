<?php
namespace Pterodactyl\Http;
