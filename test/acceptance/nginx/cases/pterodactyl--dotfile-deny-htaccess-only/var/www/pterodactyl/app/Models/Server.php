<?php
namespace Pterodactyl\Models;
class Server {}
